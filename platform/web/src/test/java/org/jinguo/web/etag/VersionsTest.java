package org.jinguo.web.etag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.jinguo.web.problem.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class VersionsTest {

    @Test
    void aRecordIsAnsweredWithItsVersionAsAStrongETag() {
        ResponseEntity<String> read = Versions.ok("village", 3);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getHeaders().getETag()).isEqualTo("\"3\"");
        assertThat(read.getBody()).isEqualTo("village");
    }

    @Test
    void aNewRecordIsAnsweredAtItsAddress() {
        ResponseEntity<String> created = Versions.created(URI.create("/api/v1/villages/1"), "village", 0);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).isEqualTo(URI.create("/api/v1/villages/1"));
        assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(ExpectedVersion.fromIfMatch(created.getHeaders().getETag())).isEqualTo(new ExpectedVersion(0));
    }

    @Test
    void aChangeToARecordReadAtAnotherVersionIsRefusedAsStale() {
        Versions.requireUnchanged(4, 4);
        Versions.requireWritten(true);

        assertThatThrownBy(() -> Versions.requireUnchanged(5, 4)).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED));
        assertThatThrownBy(() -> Versions.requireWritten(false)).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED));
    }
}

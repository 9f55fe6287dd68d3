package org.jinguo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service's {@link BadInputCheck}, run as its city administrator with a stale {@code If-Match}:
 * every write operation refuses malformed and hostile bodies with a problem and changes nothing.
 * A service's {@code ...BadInputIT} extends it, makes the records its paths point at and gives one
 * valid body per operation that creates.
 */
public abstract class BadInputContract {

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;

    /**
     * @param check the check against this service, its headers set
     * @param admin the service's API as its city administrator, to make the records the paths point at
     * @return the check with its path variables and control bodies
     */
    protected abstract BadInputCheck prepare(BadInputCheck check, HttpApi admin);

    @Test
    void everyWriteOperationRefusesMalformedAndHostileBodiesAndChangesNothing() {
        String base = "http://127.0.0.1:" + port;
        BadInputCheck check = BadInputCheck.against(base, jdbc)
                .header("If-Match", "\"1\"")
                .header("Authorization", TestTokens.cityAdmin());

        assertThat(prepare(check, HttpApi.at(base).as(TestTokens.cityAdmin())).run()).isEmpty();
    }
}

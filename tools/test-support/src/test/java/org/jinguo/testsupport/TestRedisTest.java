package org.jinguo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.jinguo.localinfra.FreePorts;
import org.junit.jupiter.api.Test;

class TestRedisTest {

    @Test
    void aPortWhereNothingListensIsNoRedis() {
        assertThat(TestRedis.answersPing(URI.create("redis://127.0.0.1:" + FreePorts.find()))).isFalse();
    }
}

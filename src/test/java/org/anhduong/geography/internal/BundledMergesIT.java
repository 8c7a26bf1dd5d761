package org.anhduong.geography.internal;

import org.anhduong.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BundledMergesIT {

    @Autowired
    BundledMerges merges;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondStartLoadsNothingAgain() {
        long before = count();
        merges.loadIfAbsent();
        assertThat(count()).isEqualTo(before).isPositive();
    }

    private long count() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM geography_unit_merges) + (SELECT COUNT(*) FROM localities)")
                .query(Long.class).single();
    }
}

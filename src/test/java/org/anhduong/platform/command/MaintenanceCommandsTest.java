package org.anhduong.platform.command;

import org.anhduong.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands start the application without its web side (no security chains, no sessions) and exit with a code. */
class MaintenanceCommandsTest {

    @Test
    void commandsRunWithoutTheWebServerAndReportThroughTheExitCode() {
        String db = "jdbc:h2:mem:cmd" + UUID.randomUUID().toString().substring(0, 8)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        assertThat(run(db, "audit-verify")).isZero();
        assertThat(run(db, "rotate-keys")).isZero();
        assertThat(run(db, "no-such-command")).isEqualTo(2);
    }

    private static int run(String db, String command) {
        var line = CommandLine.parse(new String[]{command, "--spring.datasource.url=" + db});
        var context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                .run(line.springArgs());
        return SpringApplication.exit(context);
    }
}

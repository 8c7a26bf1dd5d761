package org.anhduong;

import org.anhduong.platform.command.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Ánh Dương: one hotline, one case file per survivor, one referral network, one set of honest numbers.
 *
 * <p>Started without a command it serves the web application; started with a maintenance command
 * ({@code audit-verify}, {@code rotate-keys}, {@code generate-keys}) it runs that command and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        var commandLine = CommandLine.parse(args);
        if (commandLine.standalone()) {
            System.exit(commandLine.runStandalone(System.out));
        }
        var app = new SpringApplication(Application.class);
        if (commandLine.command() != null) {
            // A maintenance command works on the database and exits; it must not open the web port.
            app.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(app.run(commandLine.springArgs())));
        }
        app.run(commandLine.springArgs());
    }
}

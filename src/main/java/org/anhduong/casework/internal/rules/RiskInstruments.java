package org.anhduong.casework.internal.rules;

import org.anhduong.casework.RiskInstrument;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads risk instruments from JSON: the project's default from the class path, or another from a file an organisation
 * points to (a copyrighted instrument it is entitled to use, which therefore cannot ship with the project). The file
 * holds {@code code}, {@code labelKey}, {@code mediumFrom}, {@code highFrom} and {@code items} (each {@code code},
 * {@code labelKey}, {@code weight}, {@code redFlag}); its label keys must exist in a message bundle.
 *
 * <p>The default ({@value #DEFAULT_RESOURCE}) was written for this project from danger factors that are widely
 * published in the literature on intimate-partner homicide (threats to kill, weapons, strangulation, escalation,
 * separation, pregnancy, jealous control, …). Its weights and thresholds are a considered starting point, not a
 * validated scale: four red flags (threats to kill, a weapon, strangulation, the client's own fear for her life) make a
 * result HIGH on their own; otherwise 6 points make it MEDIUM and 12 HIGH, out of 41.
 */
public final class RiskInstruments {

    /** Class-path location of the default instrument written for this project. */
    public static final String DEFAULT_RESOURCE = "casework/risk-instrument-default.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private RiskInstruments() {
    }

    /** The default instrument, read once. */
    public static RiskInstrument defaultInstrument() {
        return DefaultHolder.INSTRUMENT;
    }

    /**
     * An instrument from a file.
     *
     * @throws IllegalArgumentException when the file is not a valid instrument
     * @throws UncheckedIOException     when it cannot be read
     */
    public static RiskInstrument load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the risk instrument file", e);
        }
    }

    /** @throws IllegalArgumentException when the JSON is not a valid instrument */
    public static RiskInstrument read(InputStream json) {
        try {
            return JSON.readValue(json, RiskInstrument.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof IllegalArgumentException invalid ? invalid.getMessage() : e.getOriginalMessage();
            throw new IllegalArgumentException("not a valid risk instrument: " + why, e);
        }
    }

    private static final class DefaultHolder {
        static final RiskInstrument INSTRUMENT = readDefault();

        private static RiskInstrument readDefault() {
            try (InputStream in = RiskInstruments.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the default risk instrument is missing from the class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package org.anhduong.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.anhduong.casework.EspSector;
import org.anhduong.casework.IncidentRecord;
import org.anhduong.reporting.ReportScope;
import org.anhduong.reporting.internal.document.Dataset;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The anonymised incident dataset as a table, in the spirit of the GBVIMS incident recorder: the survivor code, age
 * group and sex, the type of violence and its contexts, the first perpetrator's relation, sex and age group, services
 * and referrals, dates by month. No name, phone, ID number, address, commune, case number or free text.
 */
@Component
public class IncidentDatasets {

    private final ReportLabels labels;

    IncidentDatasets(ReportLabels labels) {
        this.labels = labels;
    }

    /**
     * The table. An external dataset carries a pseudonym instead of the survivor code, the same for one client's rows
     * within the file and unrelated to anything outside it: the code names the organisation and is known to partners.
     */
    public Dataset dataset(ReportService.IncidentData data, ReportScope scope, boolean external, Locale locale) {
        Function<String, String> code = external ? pseudonyms() : Function.identity();
        List<String> headers = List.of("survivorCode", "caseType", "ageGroup", "sex", "reportedMonth", "incidentMonth",
                "timeOfDay", "placeType", "gbvimsType", "contexts", "perpetrators", "perpetratorRelation",
                "perpetratorSex", "perpetratorAgeGroup", "services", "serviceSectors", "referralSectors")
                .stream().map(key -> labels.t("reporting.incidents." + key, locale)).toList();
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (IncidentRecord record : data.records()) {
            List<@Nullable Object> row = new ArrayList<>();
            row.add(code.apply(record.survivorCode()));
            row.add(labels.t("casework.CaseType." + record.caseType().name(), locale));
            row.add(labels.t("hotline.ageGroup." + record.ageGroup().name(), locale));
            row.add(labels.t("hotline.sex." + record.sex().name(), locale));
            row.add(record.reportedMonth().toString());
            row.add(record.incidentMonth() != null ? record.incidentMonth().toString()
                    : record.incidentYear() != null ? record.incidentYear().toString() : null);
            row.add(labels.t("casework.TimeOfDay." + record.timeOfDay().name(), locale));
            row.add(record.placeType() == null ? null : labels.t(record.placeType().labelKey(), locale));
            row.add(labels.t(record.gbvimsType().labelKey(), locale));
            row.add(joined(record.contexts(), context -> labels.t(context.labelKey(), locale)));
            row.add(record.perpetratorCount());
            row.add(record.firstPerpetratorRelation() == null ? null
                    : labels.t(record.firstPerpetratorRelation().labelKey(), locale));
            row.add(record.firstPerpetratorSex() == null ? null
                    : labels.t("hotline.sex." + record.firstPerpetratorSex().name(), locale));
            row.add(record.firstPerpetratorAgeGroup() == null ? null
                    : labels.t("hotline.ageGroup." + record.firstPerpetratorAgeGroup().name(), locale));
            row.add(joined(record.servicesGiven(), type -> labels.t("casework.ServiceType." + type.name(), locale)));
            row.add(joined(record.serviceSectors(), sector -> sector(sector, locale)));
            row.add(joined(data.referralSectors().getOrDefault(record.caseId(), Set.of()),
                    sector -> sector(sector, locale)));
            rows.add(row);
        }
        return new Dataset("incidents-" + scope.from() + "-" + scope.to(), headers, rows);
    }

    /** A keyed hash under a key made for this file only and then forgotten. */
    private static Function<String, String> pseudonyms() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> given = new HashMap<>();
        return survivorCode -> given.computeIfAbsent(survivorCode, value -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return "P-" + HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)), 0, 6);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
            }
        });
    }

    private String sector(EspSector sector, Locale locale) {
        return labels.t("casework.EspSector." + sector.name(), locale);
    }

    private static <T> String joined(Collection<T> values, Function<T, String> label) {
        return values.stream().map(label).collect(Collectors.joining("; "));
    }
}

package org.anhduong.casework.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.casework.TraffickingRecord;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** The trafficking form as posted or as stored: texts, so a refused form comes back as typed. */
public record TraffickingForm(@Nullable Integer version, @Nullable String status, @Nullable String returnDate,
                              @Nullable String returnPlace, @Nullable String handedOverBy,
                              @Nullable String handedOverByDetail, @Nullable List<String> support) {

    static TraffickingForm of(TraffickingRecord stored) {
        var d = stored.details();
        return new TraffickingForm(stored.version(), d.status().name(), FormFields.shown(d.returnDate()),
                d.returnPlace(), d.handedOverBy() == null ? null : d.handedOverBy().name(), d.handedOverByDetail(),
                d.support().stream().map(Enum::name).toList());
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public boolean supports(String kind) {
        return support != null && support.contains(kind);
    }
}

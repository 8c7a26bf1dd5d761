package org.anhduong.casework.web;

import org.anhduong.casework.Companion;
import org.anhduong.casework.CompanionDetails;
import org.anhduong.casework.CompanionRelation;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.time.PartialDate;
import org.jspecify.annotations.Nullable;

/** The form that adds a companion, or corrects one (then with her version as read). */
public record CompanionForm(@Nullable String relation, @Nullable String sex, @Nullable String dateOfBirth,
                            @Nullable String name, @Nullable Integer version) {

    static final CompanionForm EMPTY = new CompanionForm(null, null, null, null, null);

    /** A stored companion as the correction form shows her (dates as dd/MM/yyyy). */
    static CompanionForm of(Companion c) {
        CompanionDetails d = c.details();
        return new CompanionForm(d.relation() == null ? null : d.relation().name(),
                d.sex() == null ? null : d.sex().name(),
                d.dateOfBirth() == null ? null : PartialDate.parse(d.dateOfBirth()).shown(), d.name(), c.version());
    }

    /** The details typed; values outside the choices become problems in {@code values}. */
    CompanionDetails details(FormValues values) {
        return new CompanionDetails(values.enumOf(CompanionRelation.class, relation, "relation"),
                values.enumOf(Sex.class, sex, "sex"), dateOfBirth, name);
    }

    @Override
    public String toString() {
        return "CompanionForm[relation=" + relation + "]";
    }
}

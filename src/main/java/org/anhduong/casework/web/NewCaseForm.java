package org.anhduong.casework.web;

import org.anhduong.casework.ClientDetails;
import org.anhduong.casework.CompanionDetails;
import org.anhduong.casework.NewCase;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The "new case" form as posted: texts as typed, companions as parallel lists (one entry per row). Rows left blank
 * are ignored. {@code existingClientId} comes from the button "open the case for this client" that the duplicate
 * warning shows: the case is then opened for her and the client details typed are not kept.
 */
public record NewCaseForm(@Nullable String type, @Nullable String source, @Nullable String referringReference,
                          @Nullable String priority, @Nullable Long contactId, @Nullable String fullName,
                          @Nullable String otherNames, @Nullable String sex, @Nullable String dateOfBirth,
                          @Nullable String ageGroup, @Nullable String idNumber, @Nullable String phone1,
                          @Nullable String phone2, @Nullable String address, @Nullable String ethnicity,
                          @Nullable String nationality, @Nullable String disability, @Nullable String disabilityKind,
                          @Nullable String communeCode, @Nullable String maritalStatus, @Nullable String occupation,
                          Boolean confirmNoDuplicate, @Nullable List<String> companionRelation,
                          @Nullable List<String> companionSex, @Nullable List<String> companionBirth,
                          @Nullable List<String> companionName, @Nullable Long existingClientId) {

    public NewCaseForm {
        confirmNoDuplicate = Boolean.TRUE.equals(confirmNoDuplicate);
    }

    /** Blank rows offered below the companions already given. */
    static final int BLANK_ROWS = 2;

    static NewCaseForm blank() {
        return of(new NewCase(null, null, null, null, null, null, null, null, null, null), null);
    }

    /** A form showing a draft, e.g. one pre-filled from a hotline contact. */
    static NewCaseForm of(NewCase d, @Nullable Long contactId) {
        ClientDetails c = d.client() == null ? ClientDetails.of(null, null, null, null) : d.client();
        List<String> phones = c.phones() == null ? List.of() : c.phones();
        return new NewCaseForm(name(d.type()), name(d.source()), d.referringReference(), name(d.priority()), contactId,
                c.fullName(), c.otherNames(), name(c.sex()), c.dateOfBirth(), name(c.ageGroup()), c.idNumber(),
                phones.isEmpty() ? null : phones.get(0), phones.size() > 1 ? phones.get(1) : null, c.address(),
                c.ethnicity(), c.nationality(), name(c.disability()), name(c.disabilityKind()), c.communeCode(),
                name(c.maritalStatus()), name(c.occupation()), false, List.of(), List.of(), List.of(), List.of(), null);
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The companion rows to show: those posted, then blank ones. */
    public List<CompanionRow> rows() {
        int given = Math.max(Math.max(size(companionRelation), size(companionSex)),
                Math.max(size(companionBirth), size(companionName)));
        List<CompanionRow> rows = new ArrayList<>();
        for (int i = 0; i < given + BLANK_ROWS; i++) {
            rows.add(new CompanionRow(i, at(companionRelation, i), at(companionSex, i), at(companionBirth, i),
                    at(companionName, i)));
        }
        return rows;
    }

    /** The companions given, blank rows left out, with the index of their row. */
    List<IndexedCompanion> companions(FormValues values) {
        List<IndexedCompanion> companions = new ArrayList<>();
        for (CompanionRow row : rows()) {
            if (!row.blank()) {
                companions.add(new IndexedCompanion(row.index(), new CompanionDetails(
                        values.enumOf(org.anhduong.casework.CompanionRelation.class, row.relation(), "companionRelation-" + row.index()),
                        values.enumOf(org.anhduong.hotline.Sex.class, row.sex(), "companionSex-" + row.index()),
                        row.birth(), row.name())));
            }
        }
        return companions;
    }

    private static int size(@Nullable List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(@Nullable List<String> values, int i) {
        return values == null || i >= values.size() ? "" : Objects.requireNonNullElse(values.get(i), "");
    }

    /** A companion and the form row it came from, so its problems land on that row. */
    record IndexedCompanion(int index, CompanionDetails details) {
    }

    /** One row of the companions table. */
    public record CompanionRow(int index, String relation, String sex, String birth, String name) {

        boolean blank() {
            return relation.isBlank() && sex.isBlank() && birth.isBlank() && name.isBlank();
        }
    }

    @Override
    public String toString() {
        return "NewCaseForm[type=" + type + "]";
    }
}

package org.anhduong.casework.web;

import org.anhduong.casework.CaseFile;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.ClientDetails;
import org.anhduong.casework.Disability;
import org.anhduong.casework.DisabilityKind;
import org.anhduong.casework.MaritalStatus;
import org.anhduong.casework.Occupation;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the "edit the client" form into {@link ClientDetails} and builds its page (reading the case file, audited). */
@Component
class ClientEdits {

    private static final Pattern PHONE = Pattern.compile("phones(?:\\[(\\d+)])?");

    private final CaseManagement cases;
    private final CaseFileHeaders headers;
    private final NewCasePages newCase;
    private final Labels labels;

    ClientEdits(CaseManagement cases, CaseFileHeaders headers, NewCasePages newCase, Labels labels) {
        this.cases = cases;
        this.headers = headers;
        this.newCase = newCase;
        this.labels = labels;
    }

    /** The details to save, and the problems met reading them (values outside the choices). */
    record Read(ClientDetails details, List<FieldProblem> problems) {
    }

    Read read(ClientForm f) {
        var values = new FormValues();
        boolean remove = "true".equals(f.removeNames());
        if (remove && (keptIfBlank(f.fullName()) != null || keptIfBlank(f.otherNames()) != null)) {
            values.problem("fullName", "casework.client.removeOrReplace");
        }
        var details = new ClientDetails(remove ? "" : keptIfBlank(f.fullName()), remove ? "" : keptIfBlank(f.otherNames()),
                values.enumOf(Sex.class, f.sex(), "sex"), f.dateOfBirth(),
                values.enumOf(AgeGroup.class, f.ageGroup(), "ageGroup"), f.idNumber(), f.typedPhones(), f.address(),
                f.ethnicity(), f.nationality(), values.enumOf(Disability.class, f.disability(), "disability"),
                values.enumOf(DisabilityKind.class, f.disabilityKind(), "disabilityKind"), f.communeCode(),
                values.enumOf(MaritalStatus.class, f.maritalStatus(), "maritalStatus"),
                values.enumOf(Occupation.class, f.occupation(), "occupation"));
        return new Read(details, values.problems());
    }

    /**
     * The edit page: with the form as posted, or (form null) the stored details at their current version.
     *
     * @param stale    the save was refused as stale: the form shows the latest details
     * @param errorKey a refusal that belongs to no field
     */
    ClientEditPage page(long caseId, @Nullable ClientForm form, List<FieldProblem> problems, boolean stale,
                        @Nullable String errorKey) {
        CaseFile file = cases.find(caseId);
        ClientForm shown = form == null ? ClientForm.of(file.client()) : form;
        return new ClientEditPage(headers.of(file.caseRecord(), CaseFileTabs.CLIENT), file.client().survivorCode(),
                file.client().named(), shown, newCase.choices(),
                FormErrors.of(problems, ClientEdits::inputId, p -> labels.text(p.messageKey(), p.args())), stale,
                errorKey == null ? null : labels.text(errorKey), newCase.communeName(shown.communeCode()));
    }

    /** A phone's problem belongs to its input ({@code phones-1}); too many phones to the first. */
    static String inputId(String field) {
        Matcher phone = PHONE.matcher(field);
        if (phone.matches()) {
            return "phones-" + (phone.group(1) == null ? "0" : phone.group(1));
        }
        return field;
    }

    /** An empty name input means "as stored" (the form never shows the stored name). */
    private static @Nullable String keptIfBlank(@Nullable String name) {
        return name == null || name.isBlank() ? null : name;
    }
}

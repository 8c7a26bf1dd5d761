package org.anhduong.casework.web;

import org.anhduong.casework.CaseSource;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.ClientDetails;
import org.anhduong.casework.CompanionRelation;
import org.anhduong.casework.Disability;
import org.anhduong.casework.DisabilityKind;
import org.anhduong.casework.MaritalStatus;
import org.anhduong.casework.NewCase;
import org.anhduong.casework.Occupation;
import org.anhduong.casework.PossibleDuplicateException;
import org.anhduong.casework.Priority;
import org.anhduong.geography.Localities;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the "new case" form into a {@link NewCase} and builds the form's page, with problems on the form's inputs. */
@Component
class NewCasePages {

    private static final Pattern COMPANION = Pattern.compile("companions\\[(\\d+)]\\.(\\w+)");
    private static final Pattern PHONE = Pattern.compile("client\\.phones\\[(\\d+)]");

    private final Labels labels;
    private final Localities localities;

    NewCasePages(Labels labels, Localities localities) {
        this.labels = labels;
        this.localities = localities;
    }

    /** The current name of a commune code on a form (with its province), or empty. */
    String communeName(@Nullable String code) {
        return localities.describe(code);
    }

    /** The form as a draft, and the problems met reading it (values outside the choices). */
    record Read(NewCase draft, List<NewCaseForm.IndexedCompanion> companions, List<FieldProblem> problems) {
    }

    /** The form as a draft; for the existing client the user chose, when she chose one, instead of a new client. */
    Read read(NewCaseForm f) {
        var values = new FormValues();
        List<String> phones = Stream.of(f.phone1(), f.phone2()).map(p -> p == null ? "" : p).toList();
        var client = new ClientDetails(f.fullName(), f.otherNames(), values.enumOf(Sex.class, f.sex(), "sex"),
                f.dateOfBirth(), values.enumOf(AgeGroup.class, f.ageGroup(), "ageGroup"), f.idNumber(), phones,
                f.address(), f.ethnicity(), f.nationality(), values.enumOf(Disability.class, f.disability(), "disability"),
                values.enumOf(DisabilityKind.class, f.disabilityKind(), "disabilityKind"), f.communeCode(),
                values.enumOf(MaritalStatus.class, f.maritalStatus(), "maritalStatus"),
                values.enumOf(Occupation.class, f.occupation(), "occupation"));
        var companions = f.companions(values);
        var draft = new NewCase(values.enumOf(CaseType.class, f.type(), "type"),
                values.enumOf(CaseSource.class, f.source(), "source"), f.referringReference(),
                values.enumOf(Priority.class, f.priority(), "priority"), null,
                f.contactId() == null ? List.of() : List.of(f.contactId()), client,
                companions.stream().map(NewCaseForm.IndexedCompanion::details).toList(), f.confirmNoDuplicate(), null);
        return new Read(f.existingClientId() == null ? draft : draft.forClient(f.existingClientId()), companions,
                values.problems());
    }

    NewCasePage page(NewCaseForm form, List<FieldProblem> problems, List<NewCaseForm.IndexedCompanion> companions) {
        return new NewCasePage(form, choices(), FormErrors.of(problems, field -> inputId(field, companions),
                p -> labels.text(p.messageKey(), p.args())), false, List.of(), false, null,
                communeName(form.communeCode()));
    }

    NewCasePage duplicate(NewCaseForm form, PossibleDuplicateException e) {
        return new NewCasePage(form, choices(), FormErrors.NONE, true, e.clients(), e.elsewhere(), null,
                communeName(form.communeCode()));
    }

    NewCasePage prefilled(NewCaseForm form) {
        return new NewCasePage(form, choices(), FormErrors.NONE, false, List.of(), false, "casework.new.prefilled",
                communeName(form.communeCode()));
    }

    /** The form input a problem of the domain belongs to. */
    static String inputId(String field, List<NewCaseForm.IndexedCompanion> companions) {
        Matcher phone = PHONE.matcher(field);
        if (phone.matches()) {
            return "phone" + (Integer.parseInt(phone.group(1)) + 1);
        }
        Matcher companion = COMPANION.matcher(field);
        if (companion.matches()) {
            int given = Integer.parseInt(companion.group(1));
            int row = given < companions.size() ? companions.get(given).index() : given;
            String input = switch (companion.group(2)) {
                case "relation" -> "companionRelation";
                case "sex" -> "companionSex";
                case "dateOfBirth" -> "companionBirth";
                default -> "companionName";
            };
            return input + "-" + row;
        }
        return field.startsWith("client.") ? field.substring("client.".length()) : field;
    }

    NewCaseChoices choices() {
        List<Choice> types = new ArrayList<>(labels.choices(CaseType.class));
        return new NewCaseChoices(types, labels.choices(CaseSource.class), labels.choices(Priority.class),
                labels.choices(Sex.class), labels.choices(AgeGroup.class), labels.ethnicities(),
                labels.choices(Disability.class), labels.choices(DisabilityKind.class),
                labels.choices(MaritalStatus.class), labels.choices(Occupation.class),
                labels.choices(CompanionRelation.class));
    }
}

package org.anhduong.casework.web;

import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.Client;
import org.anhduong.casework.ClientDetails;
import org.anhduong.casework.ClientName;
import org.anhduong.casework.Companion;
import org.anhduong.casework.CompanionRelation;
import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.text.PhoneNumbers;
import org.anhduong.platform.time.PartialDate;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/** Builds the "client and companions" tab; every build reads the case and client through casework (audited). */
@Component
class ClientPages {

    private final CaseManagement cases;
    private final CaseFileHeaders headers;
    private final Labels labels;
    private final Localities localities;

    ClientPages(CaseManagement cases, CaseFileHeaders headers, Labels labels, Localities localities) {
        this.cases = cases;
        this.headers = headers;
        this.labels = labels;
        this.localities = localities;
    }

    ClientPage page(long caseId, @Nullable RevealedName revealed, CompanionForm form, List<FieldProblem> problems,
                    @Nullable String noticeKey) {
        return page(caseId, revealed, form, problems, noticeKey, null);
    }

    ClientPage page(long caseId, @Nullable RevealedName revealed, CompanionForm form, List<FieldProblem> problems,
                    @Nullable String noticeKey, @Nullable String errorKey) {
        var file = cases.find(caseId);
        CaseRecord c = file.caseRecord();
        return new ClientPage(headers.of(c, CaseFileTabs.CLIENT), file.client(), facts(file.client()),
                file.companions().stream().map(this::companion).toList(), revealed, form,
                labels.choices(CompanionRelation.class), labels.choices(Sex.class),
                FormErrors.of(problems, field -> field, p -> labels.text(p.messageKey(), p.args())), noticeKey,
                errorKey == null ? null : labels.text(errorKey));
    }

    /**
     * The form that corrects a companion: as posted, or (form null) as stored at her current version.
     *
     * @throws NotFoundException when she is not one of the case's companions
     */
    CompanionEditPage companion(long caseId, long companionId, @Nullable CompanionForm form,
                                List<FieldProblem> problems, boolean stale, @Nullable String errorKey) {
        var file = cases.find(caseId);
        Companion stored = file.companions().stream().filter(c -> c.id() == companionId).findFirst()
                .orElseThrow(() -> new NotFoundException("companion"));
        return new CompanionEditPage(headers.of(file.caseRecord(), CaseFileTabs.CLIENT), companionId,
                form == null ? CompanionForm.of(stored) : form, labels.choices(CompanionRelation.class),
                labels.choices(Sex.class), FormErrors.of(problems, field -> field,
                p -> labels.text(p.messageKey(), p.args())), stale, errorKey == null ? null : labels.text(errorKey));
    }

    RevealedName reveal(long caseId) {
        ClientName name = cases.revealName(caseId);
        return new RevealedName(caseId, Objects.requireNonNullElse(name.fullName(), ""),
                Objects.requireNonNullElse(name.otherNames(), ""), name.fullName() == null && name.otherNames() == null);
    }

    private List<SummaryPage.Fact> facts(Client client) {
        ClientDetails d = client.details();
        return List.of(
                fact("casework.field.sex", labels.of(d.sex())),
                fact("casework.field.dateOfBirth", shown(d.dateOfBirth())),
                fact("casework.field.ageGroup", labels.of(d.ageGroup())),
                fact("casework.field.phones", d.phones() == null ? "" : String.join(", ", d.phones().stream().map(PhoneNumbers::display).toList())),
                fact("casework.field.idNumber", Objects.requireNonNullElse(d.idNumber(), "")),
                fact("casework.field.address", Objects.requireNonNullElse(d.address(), "")),
                fact("casework.field.commune", d.communeCode() == null ? ""
                        : localities.find(d.communeCode()).map(Locality::name).orElse(d.communeCode())),
                fact("casework.field.ethnicity", labels.ethnicity(d.ethnicity())),
                fact("casework.field.nationality", Objects.requireNonNullElse(d.nationality(), "")),
                fact("casework.field.disability", labels.of(d.disability())
                        + (d.disabilityKind() == null ? "" : " (" + labels.of(d.disabilityKind()) + ")")),
                fact("casework.field.maritalStatus", labels.of(d.maritalStatus())),
                fact("casework.field.occupation", labels.of(d.occupation())));
    }

    private ClientPage.CompanionView companion(Companion c) {
        return new ClientPage.CompanionView(c.id(), c.version(), labels.of(c.details().relation()), labels.of(c.details().sex()),
                shown(c.details().dateOfBirth()), Objects.requireNonNullElse(c.details().name(), ""));
    }

    private static String shown(@Nullable String iso) {
        return iso == null ? "" : PartialDate.parse(iso).shown();
    }

    private SummaryPage.Fact fact(String key, String value) {
        return new SummaryPage.Fact(labels.text(key), value);
    }
}

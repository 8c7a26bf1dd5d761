package org.anhduong.casework.web;

import org.anhduong.casework.AbductionStatus;
import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseType;
import org.anhduong.casework.DomesticViolenceAct;
import org.anhduong.casework.GbvimsType;
import org.anhduong.casework.Incident;
import org.anhduong.casework.IncidentContext;
import org.anhduong.casework.Incidents;
import org.anhduong.casework.Occupation;
import org.anhduong.casework.Perpetrator;
import org.anhduong.casework.PerpetratorRelation;
import org.anhduong.casework.PlaceType;
import org.anhduong.casework.ReportedTo;
import org.anhduong.casework.TimeOfDay;
import org.anhduong.hotline.AgeGroup;
import org.anhduong.hotline.Sex;
import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the incidents tab and the incident page; every build reads through casework, so every view is audited. */
@Component
class IncidentPages {

    private final CaseManagement cases;
    private final Incidents incidents;
    private final CaseFileHeaders headers;
    private final Labels labels;
    private final IncidentFacts facts;

    IncidentPages(CaseManagement cases, Incidents incidents, CaseFileHeaders headers, Labels labels,
                  IncidentFacts facts) {
        this.cases = cases;
        this.incidents = incidents;
        this.headers = headers;
        this.labels = labels;
        this.facts = facts;
    }

    IncidentListPage list(long caseId, @Nullable String noticeKey) {
        CaseRecord found = cases.caseRecord(caseId);
        List<Incident> all = incidents.list(caseId);
        var contexts = all.stream().flatMap(i -> i.derived().contexts().stream()).distinct().sorted().toList();
        var rows = all.stream().map(i -> new IncidentListPage.Row(
                CaseFileScreens.PATH + "/" + caseId + "/" + IncidentScreens.TAB + "/" + i.id(), facts.date(i.date()),
                type(i), i.placeType() == null ? "" : labels.text(i.placeType().labelKey()),
                i.perpetrators().stream().map(p -> relation(p.details().relation())).collect(Collectors.joining(", ")),
                contextLabels(i.derived().contexts()))).toList();
        return new IncidentListPage(headers.of(found, IncidentScreens.TAB), contextLabels(contexts), rows,
                noticeKey);
    }

    IncidentPage page(long caseId, long incidentId, IncidentPerpetratorForm form, List<FieldProblem> problems,
                      boolean stale, @Nullable String noticeKey) {
        return page(caseId, incidentId, form, problems, stale, noticeKey, null);
    }

    /** The incident after a change was refused for {@code errorKey}, a reason other than a stale version. */
    IncidentPage refused(long caseId, long incidentId, String errorKey) {
        return page(caseId, incidentId, IncidentPerpetratorForm.EMPTY, List.of(), false, null, errorKey);
    }

    private IncidentPage page(long caseId, long incidentId, IncidentPerpetratorForm form, List<FieldProblem> problems,
                              boolean stale, @Nullable String noticeKey, @Nullable String errorKey) {
        CaseRecord found = cases.caseRecord(caseId);
        Incident i = incidents.find(caseId, incidentId);
        var perpetrators = java.util.stream.IntStream.range(0, i.perpetrators().size())
                .mapToObj(n -> perpetrator(n, i.perpetrators().get(n))).toList();
        return new IncidentPage(headers.of(found, IncidentScreens.TAB), i.id(), i.version(),
                labels.text("casework.incident.title", facts.date(i.date())), facts.facts(i), facts.derived(i),
                contextLabels(i.derived().contexts()), perpetrators,
                i.domesticViolenceActs().stream().map(Enum::name).toList(), i.derived().domesticViolenceActsOffered(),
                choices(), form, errors(problems), stale, noticeKey, errorKey);
    }

    /** The edit form: as posted, or (form null) the stored facts at their current version. */
    IncidentEditPage edit(long caseId, long incidentId, @Nullable IncidentEditForm form, List<FieldProblem> problems,
                          boolean stale, @Nullable String errorKey) {
        CaseRecord found = cases.caseRecord(caseId);
        Incident i = incidents.find(caseId, incidentId);
        IncidentEditForm shown = form == null ? IncidentEditForm.of(i) : form;
        return new IncidentEditPage(headers.of(found, IncidentScreens.TAB), i.id(),
                labels.text("casework.incident.editTitle", facts.date(i.date())), shown, choices(), errors(problems),
                stale, errorKey == null ? null : labels.text(errorKey), facts.communeName(shown.communeCode()));
    }

    /** The current name of a commune code on a form (with its province), or empty. */
    String communeName(@Nullable String code) {
        return facts.communeName(code);
    }

    /** The case's type, for the helper screen (acts are put forward for a domestic-violence case). */
    boolean actsOffered(CaseRecord found) {
        return found.type() == CaseType.DOMESTIC_VIOLENCE;
    }

    IncidentChoices choices() {
        return new IncidentChoices(keyed(GbvimsType.values(), GbvimsType::labelKey), labels.choices(TimeOfDay.class),
                keyed(PlaceType.values(), PlaceType::labelKey), labels.choices(AbductionStatus.class),
                List.of(new Choice("true", labels.text("form.yes")), new Choice("false", labels.text("form.no"))),
                Arrays.stream(DomesticViolenceAct.values()).map(a -> new IncidentChoices.ActChoice(a.name(),
                        labels.text(a.labelKey()), a.point(), labels.text(a.group().labelKey()))).toList(),
                labels.choices(ReportedTo.class), keyed(PerpetratorRelation.values(), PerpetratorRelation::labelKey),
                labels.choices(Sex.class), labels.choices(AgeGroup.class), labels.choices(Occupation.class));
    }

    /** Problems keyed by the inputs' ids: a perpetrator's fields are the add form's. */
    FormErrors errors(List<FieldProblem> problems) {
        return FormErrors.of(problems, field -> field.replaceFirst("^perpetrators\\[\\d+]\\.", ""),
                p -> labels.text(p.messageKey(), p.args()));
    }

    private String type(Incident i) {
        return labels.text(i.classification().type().labelKey());
    }

    private String relation(@Nullable PerpetratorRelation relation) {
        return relation == null ? "" : labels.text(relation.labelKey());
    }

    private IncidentPage.PerpetratorRow perpetrator(int index, Perpetrator p) {
        return new IncidentPage.PerpetratorRow(index, relation(p.details().relation()), labels.of(p.details().sex()),
                labels.of(p.details().ageGroup()), labels.of(p.details().occupation()));
    }

    private List<String> contextLabels(Collection<IncidentContext> contexts) {
        return contexts.stream().sorted().map(c -> labels.text(c.labelKey())).toList();
    }

    private <E extends Enum<E>> List<Choice> keyed(E[] values, Function<E, String> key) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), labels.text(key.apply(v)))).toList();
    }
}

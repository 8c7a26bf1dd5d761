package org.anhduong.casework.web;

import org.anhduong.casework.CasePlan;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.FollowUp;
import org.anhduong.casework.FollowUps;
import org.anhduong.casework.GoalStatus;
import org.anhduong.casework.ServiceGiven;
import org.anhduong.casework.ServiceType;
import org.anhduong.casework.web.PlanForms.FollowUpForm;
import org.anhduong.casework.web.PlanForms.GoalForm;
import org.anhduong.casework.web.PlanForms.ServiceForm;
import org.anhduong.identity.Organisation;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Builds the plan tab from the case's goals, services and follow-ups (each read audited). */
@Component
class PlanPages {

    /** The forms as shown: empty, or one of them as posted and refused. */
    record Forms(GoalForm goal, ServiceForm service, FollowUpForm followUp) {
        static final Forms EMPTY = new Forms(GoalForm.EMPTY, ServiceForm.EMPTY, FollowUpForm.EMPTY);
    }

    private final CasePlan plan;
    private final FollowUps followUps;
    private final WorkPages pages;
    private final UserDirectory directory;
    private final Labels labels;
    private final Clock clock;

    PlanPages(CasePlan plan, FollowUps followUps, WorkPages pages, UserDirectory directory, Labels labels,
              Clock clock) {
        this.plan = plan;
        this.followUps = followUps;
        this.pages = pages;
        this.directory = directory;
        this.labels = labels;
        this.clock = clock;
    }

    PlanPage page(long caseId, @Nullable String notice, List<FieldProblem> problems, String prefix, Forms forms) {
        CaseRecord found = pages.caseRecord(caseId);
        var names = pages.names();
        var goals = plan.goals(caseId).stream().map(g -> new PlanPage.GoalRow(g.id(), g.text(), labels.of(g.status()),
                g.status().name(), g.version())).toList();
        var services = plan.services(caseId).stream().map(s -> service(s, names)).toList();
        LocalDate today = LocalDate.now(clock.withZone(Ui.ZONE));
        var follow = followUps.of(caseId).stream().map(f -> followUp(f, names, today)).toList();
        return new PlanPage(pages.header(found, PlanScreens.TAB), notice, pages.errors(problems, prefix), goals,
                labels.choices(GoalStatus.class), forms.goal(), services, serviceTypes(), organisations(),
                forms.service(), follow, assignees(found), forms.followUp());
    }

    private PlanPage.ServiceRow service(ServiceGiven s, WorkPages.Names names) {
        String provider = s.providerName() != null ? s.providerName()
                : s.providerOrganisationId() == null ? labels.text("casework.service.provider.own")
                : directory.findOrganisation(s.providerOrganisationId()).map(Organisation::name).orElse("");
        return new PlanPage.ServiceRow(s.id(), labels.of(s.type()), labels.of(s.sector()), s.givenOn(), provider,
                s.outcome(), names.of(s.recordedBy()));
    }

    private PlanPage.FollowUpRow followUp(FollowUp f, WorkPages.Names names, LocalDate today) {
        return new PlanPage.FollowUpRow(f.id(), f.dueOn(), f.purpose(), names.of(f.assignedTo()),
                !f.done() && f.dueOn().isBefore(today), f.doneAt(), f.result(), f.version());
    }

    /** Service types with their sector, grouped as the Essential Services Package lists them. */
    private List<Choice> serviceTypes() {
        return Stream.of(ServiceType.values()).map(t -> new Choice(t.name(), labels.of(t) + " (" + labels.of(t.sector())
                + ")")).toList();
    }

    private List<Choice> organisations() {
        return directory.activeOrganisations().stream()
                .map(o -> new Choice(Long.toString(o.id()), o.name())).toList();
    }

    /** Who may be given a follow-up: the case's worker and supervisor, and the organisation's supervisors. */
    private List<Choice> assignees(CaseRecord found) {
        Map<Long, String> team = new LinkedHashMap<>();
        Stream.of(found.assignedWorkerId(), found.supervisorId()).filter(Objects::nonNull)
                .forEach(id -> directory.findUser(id).ifPresent(u -> team.put(u.id(), u.fullName())));
        directory.activeUsersWithRole(found.organisationId(), Roles.SUPERVISOR)
                .forEach(u -> team.putIfAbsent(u.id(), u.fullName()));
        return team.entrySet().stream().map(e -> new Choice(Long.toString(e.getKey()), e.getValue())).toList();
    }
}

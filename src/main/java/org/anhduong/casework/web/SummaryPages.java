package org.anhduong.casework.web;

import org.anhduong.casework.CaseManagement;
import org.anhduong.casework.CaseRecord;
import org.anhduong.casework.CaseStatus;
import org.anhduong.casework.Priority;
import org.anhduong.casework.RiskLevel;
import org.anhduong.geography.Localities;
import org.anhduong.geography.Locality;
import org.anhduong.identity.UserDirectory;
import org.anhduong.platform.security.CurrentUser;
import org.anhduong.platform.security.Roles;
import org.anhduong.platform.web.FieldProblem;
import org.anhduong.platform.web.Ui;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the summary tab. Every build reads the case through casework, so every view is audited; the tab shows nothing
 * of the client, so it reads the case alone.
 */
@Component
class SummaryPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Ui.ZONE);

    private final CaseManagement cases;
    private final CaseFileHeaders headers;
    private final Labels labels;
    private final Localities localities;
    private final UserDirectory directory;

    SummaryPages(CaseManagement cases, CaseFileHeaders headers, Labels labels, Localities localities,
                 UserDirectory directory) {
        this.cases = cases;
        this.headers = headers;
        this.labels = labels;
        this.localities = localities;
        this.directory = directory;
    }

    SummaryPage stored(long id, @Nullable String noticeKey, @Nullable String openedNumber) {
        CaseRecord found = cases.caseRecord(id);
        return page(found, TeamForm.of(found), false, List.of(), noticeKey, openedNumber);
    }

    /** After a refused change: the current values when stale, else the form as posted with its problems. */
    SummaryPage refused(long id, TeamForm posted, boolean stale, List<FieldProblem> problems) {
        CaseRecord found = cases.caseRecord(id);
        TeamForm form = stale ? TeamForm.of(found) : posted;
        return page(found, form, stale, problems, null, null);
    }

    private SummaryPage page(CaseRecord c, TeamForm form, boolean stale, List<FieldProblem> problems,
                             @Nullable String noticeKey, @Nullable String openedNumber) {
        boolean canAssign = CurrentUser.get()
                .filter(u -> u.hasRole(Roles.SUPERVISOR) && u.organisationId() == c.organisationId()).isPresent();
        List<Choice> workers = canAssign ? cases.assignableWorkers(c.id()).stream()
                .map(m -> new Choice(Long.toString(m.userId()), m.fullName())).toList() : List.of();
        return new SummaryPage(headers.of(c, CaseFileTabs.SUMMARY), c, facts(c), form, statuses(c.status()),
                labels.choices(Priority.class), labels.choices(RiskLevel.class), workers, canAssign, stale,
                FormErrors.of(problems, field -> field, p -> labels.text(p.messageKey(), p.args())), noticeKey,
                openedNumber);
    }

    /** The current status and the ones the case may move forward to. */
    private List<Choice> statuses(CaseStatus current) {
        return Arrays.stream(CaseStatus.values()).filter(s -> s == current || current.mayMoveTo(s))
                .map(s -> new Choice(s.name(), labels.of(s))).toList();
    }

    private List<SummaryPage.Fact> facts(CaseRecord c) {
        // The worker's and the supervisor's names in one lookup.
        Map<Long, String> names = directory.fullNames(Stream.of(c.assignedWorkerId(), c.supervisorId())
                .filter(Objects::nonNull).distinct().toList());
        return List.of(
                fact("casework.field.type", labels.of(c.type())),
                fact("casework.field.source", labels.of(c.source())),
                fact("casework.field.referringReference", c.referringReference() == null ? "" : c.referringReference()),
                fact("casework.field.riskLevel", labels.of(c.riskLevel())),
                fact("casework.field.commune", commune(c.communeCode())),
                fact("casework.field.openedAt", WHEN.format(c.openedAt())),
                fact("casework.field.worker", name(names, c.assignedWorkerId())),
                fact("casework.field.supervisor", name(names, c.supervisorId())),
                fact("casework.field.contacts", c.contactIds().isEmpty() ? labels.text("casework.summary.noContacts")
                        : c.contactIds().stream().map(id -> "#" + id).collect(Collectors.joining(", "))));
    }

    private String commune(@Nullable String code) {
        return code == null ? "" : localities.find(code).map(Locality::name).orElse(code);
    }

    private String name(Map<Long, String> names, @Nullable Long userId) {
        String name = userId == null ? null : names.get(userId);
        return name == null ? labels.text("casework.list.unassigned") : name;
    }

    private SummaryPage.Fact fact(String key, String value) {
        return new SummaryPage.Fact(labels.text(key), value);
    }
}

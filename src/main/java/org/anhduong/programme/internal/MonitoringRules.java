package org.anhduong.programme.internal;

import org.anhduong.geography.Localities;
import org.anhduong.programme.FollowUpAction;
import org.anhduong.programme.IndicatorDetails;
import org.anhduong.programme.IndicatorValue;
import org.anhduong.programme.VisitDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** What indicators, their hand-entered values and visits must be. */
@Component
class MonitoringRules {

    private static final int MAX_ACTIONS = 50;

    private final Models models;
    private final Localities localities;

    MonitoringRules(Models models, Localities localities) {
        this.models = models;
        this.localities = localities;
    }

    IndicatorDetails checked(IndicatorDetails d) {
        var checks = new Checks();
        String name = checks.required("name", checks.text("name", d.name(), 300));
        checks.required("measure", d.measure());
        checks.required("periodFrom", d.periodFrom());
        checks.required("periodTo", d.periodTo());
        checks.order("periodTo", d.periodFrom(), d.periodTo());
        checks.count("target", checks.required("target", d.target()));
        model(checks, d.modelId());
        checks.throwIfAny();
        return new IndicatorDetails(name, d.measure(), d.modelId(), d.periodFrom(), d.periodTo(), d.target());
    }

    static IndicatorValue checked(IndicatorValue v) {
        var checks = new Checks();
        checks.required("measuredOn", v.measuredOn());
        checks.count("amount", checks.required("amount", v.amount()));
        String evidence = checks.required("evidence", checks.text("evidence", v.evidence(), Checks.MAX_TEXT));
        checks.throwIfAny();
        return new IndicatorValue(v.measuredOn(), v.amount(), evidence);
    }

    VisitDetails checked(VisitDetails d) {
        var checks = new Checks();
        checks.required("visitedOn", d.visitedOn());
        model(checks, d.modelId());
        String commune = checks.commune("communeCode", d.communeCode(), localities);
        if (d.modelId() == null && commune == null) {
            checks.add("modelId", "programme.visit.modelOrCommune");
        }
        var actions = new ArrayList<FollowUpAction>();
        List<FollowUpAction> given = d.actions() == null ? List.of() : d.actions();
        if (given.size() > MAX_ACTIONS) {
            checks.add("actions", "programme.visit.tooManyActions", MAX_ACTIONS);
        }
        for (int i = 0; i < given.size() && i < MAX_ACTIONS; i++) {
            FollowUpAction a = given.get(i);
            String field = "actions[" + i + "]";
            String action = checks.required(field + ".action", checks.text(field + ".action", a.action(), 1000));
            String owner = checks.required(field + ".owner", checks.text(field + ".owner", a.owner(), Checks.MAX_NAME));
            checks.required(field + ".dueOn", a.dueOn());
            actions.add(new FollowUpAction(action, owner, a.dueOn(), Boolean.TRUE.equals(a.done())));
        }
        var valid = new VisitDetails(d.visitedOn(), d.modelId(), commune,
                checks.text("findings", d.findings(), Checks.MAX_TEXT),
                checks.text("recommendations", d.recommendations(), Checks.MAX_TEXT), actions);
        checks.throwIfAny();
        return valid;
    }

    private void model(Checks checks, @Nullable Long modelId) {
        if (modelId != null && !models.exists(modelId)) {
            checks.add("modelId", "programme.model.unknown");
        }
    }
}

package org.anhduong.shelter.web;

import org.anhduong.platform.web.FormFields;
import org.anhduong.casework.CaseFileHeader;
import org.anhduong.shelter.Episode;
import org.anhduong.shelter.Placement;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The emergency support tab: the case's episodes, and the choices of its forms.
 *
 * @param refusalKey a change refused as a whole (a full facility, an overlapping stay, a stale version)
 */
public record EmergencyPage(CaseFileHeader header, List<EpisodeView> episodes, List<Choice> companions,
                            List<Choice> supports, List<Choice> facilities, Care care, FormErrors errors,
                            @Nullable String noticeKey, @Nullable String refusalKey, boolean closed, String today) {

    /** One episode as listed. */
    public record EpisodeView(long id, String started, String ended, List<String> support, List<Choice> persons,
                              List<PlacementView> placements) {

        static EpisodeView of(Episode e, PersonLabels labels) {
            var persons = e.persons().stream().map(p -> new Choice(String.valueOf(p.id()), labels.of(p))).toList();
            var support = e.support().stream().sorted()
                    .map(s -> labels.text("shelter.support." + s.name())).toList();
            var placements = e.placements().stream().map(p -> PlacementView.of(p, labels)).toList();
            return new EpisodeView(e.id(), FormFields.shown(e.startedOn()), FormFields.shown(e.endedOn()), support,
                    persons, placements);
        }
    }

    /** One placement as listed; {@code reason} only for residential care. */
    public record PlacementView(long id, int version, String person, String facility, String admitted,
                                String discharged, boolean open, String reason) {

        static PlacementView of(Placement p, PersonLabels labels) {
            return new PlacementView(p.id(), p.version(), labels.of(p.person()), p.facilityName(),
                    FormFields.shown(p.admittedOn()), FormFields.shown(p.dischargedOn()), p.open(),
                    p.reason() == null ? "" : labels.text("shelter.reason." + p.reason().name()));
        }
    }

    /** Children's residential care: the case's placements and the form's choices. */
    public record Care(List<PlacementView> placements, List<Choice> children, List<Choice> facilities,
                       List<Choice> reasons) {
    }
}

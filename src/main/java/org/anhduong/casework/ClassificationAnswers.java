package org.anhduong.casework;

import org.jspecify.annotations.Nullable;

/**
 * Answers to the six GBVIMS questions, each {@code null} while not asked. Stored with the incident so a supervisor can
 * see how a type was reached.
 */
public record ClassificationAnswers(@Nullable Boolean penetration,
                                    @Nullable Boolean unwantedSexualContact,
                                    @Nullable Boolean physicalAssault,
                                    @Nullable Boolean forcedMarriage,
                                    @Nullable Boolean denialOfResources,
                                    @Nullable Boolean psychologicalAbuse) {

    /** The six questions in the order GBVIMS asks them; a "yes" decides the type it leads to. */
    public enum Question {
        PENETRATION(GbvimsType.RAPE),
        UNWANTED_SEXUAL_CONTACT(GbvimsType.SEXUAL_ASSAULT),
        PHYSICAL_ASSAULT(GbvimsType.PHYSICAL_ASSAULT),
        FORCED_MARRIAGE(GbvimsType.FORCED_MARRIAGE),
        DENIAL_OF_RESOURCES(GbvimsType.DENIAL_OF_RESOURCES),
        PSYCHOLOGICAL_ABUSE(GbvimsType.PSYCHOLOGICAL_ABUSE);

        private final GbvimsType typeIfYes;

        Question(GbvimsType typeIfYes) {
            this.typeIfYes = typeIfYes;
        }

        public GbvimsType typeIfYes() {
            return typeIfYes;
        }

        /** The question as asked, in plain words. */
        public String textKey() {
            return "casework.classify." + name() + ".question";
        }

        /** What the question covers, for the worker who is unsure. */
        public String helpKey() {
            return "casework.classify." + name() + ".help";
        }
    }

    /** Nothing asked yet. */
    public static ClassificationAnswers none() {
        return new ClassificationAnswers(null, null, null, null, null, null);
    }

    public @Nullable Boolean answer(Question question) {
        return switch (question) {
            case PENETRATION -> penetration;
            case UNWANTED_SEXUAL_CONTACT -> unwantedSexualContact;
            case PHYSICAL_ASSAULT -> physicalAssault;
            case FORCED_MARRIAGE -> forcedMarriage;
            case DENIAL_OF_RESOURCES -> denialOfResources;
            case PSYCHOLOGICAL_ABUSE -> psychologicalAbuse;
        };
    }

    /** These answers with one question answered (or cleared with {@code null}). */
    public ClassificationAnswers with(Question question, @Nullable Boolean answer) {
        Boolean[] all = {penetration, unwantedSexualContact, physicalAssault, forcedMarriage, denialOfResources,
                psychologicalAbuse};
        all[question.ordinal()] = answer;
        return new ClassificationAnswers(all[0], all[1], all[2], all[3], all[4], all[5]);
    }
}

package org.anhduong.shelter.internal;

import org.anhduong.casework.Client;
import org.anhduong.casework.Companion;
import org.anhduong.hotline.Sex;
import org.anhduong.shelter.PersonKind;
import org.anhduong.shelter.SupportedPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The persons of an episode: the client and the chosen companions, as casework describes them today. */
@Component
class SupportedPersons {

    private final Persons persons;

    SupportedPersons(Persons persons) {
        this.persons = persons;
    }

    /** Shelter's ids of the client and of the chosen companions, the client first, each once. */
    List<Long> register(Client client, List<Companion> companions, List<Long> chosen) {
        List<Long> ids = new ArrayList<>();
        ids.add(persons.register(PersonKind.CLIENT, client.id(), sex(client.details().sex()), client.birthYear(),
                null));
        for (Companion companion : companions) {
            if (chosen.contains(companion.id())) {
                ids.add(persons.register(PersonKind.COMPANION, companion.id(), sex(companion.details().sex()),
                        companion.birthYear(), companion.details().relation()));
            }
        }
        return ids;
    }

    /** Shelter's id of one person of the case: the client, or the companion {@code companionId}. */
    long registerOne(Client client, List<Companion> companions, @Nullable Long companionId) {
        List<Long> ids = register(client, companions, companionId == null ? List.of() : List.of(companionId));
        return companionId == null ? ids.getFirst() : ids.getLast();
    }

    List<Long> ofEpisode(long episodeId) {
        return persons.ofEpisode(episodeId).stream().map(SupportedPerson::id).toList();
    }

    List<SupportedPerson> ofEpisodeOrdered(long episodeId) {
        return persons.ofEpisode(episodeId);
    }

    private static Sex sex(@Nullable Sex sex) {
        return sex == null ? Sex.UNKNOWN : sex;
    }
}

package org.anhduong.hotline.web;

import org.anhduong.hotline.Channel;
import org.anhduong.hotline.ContactQuery;
import org.anhduong.hotline.ContactType;
import org.anhduong.hotline.Direction;
import org.anhduong.hotline.Urgency;
import org.anhduong.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;

import static org.anhduong.hotline.web.FormValues.blank;

/**
 * The contact list's filters as they stand in the query string: days as "dd/MM/yyyy", ids and codes. None is personal
 * data (the phone search is a POST of its own), so the list can be bookmarked and paged with links.
 */
public record ListFilters(@Nullable String from, @Nullable String to, @Nullable String line, @Nullable String type,
                          @Nullable String category, @Nullable String counsellor, @Nullable String urgency,
                          @Nullable String channel, @Nullable String direction, @Nullable String gbv,
                          @Nullable String commune, @Nullable Integer page) {

    static final ListFilters NONE = new ListFilters(null, null, null, null, null, null, null, null, null, null, null,
            null);

    /** The query the filters ask for; what cannot be read becomes a field problem and is left out. */
    ContactQuery query(List<FieldProblem> problems) {
        return new ContactQuery(day("from", from, problems), day("to", to, problems),
                FormValues.read("type", type, ContactType::valueOf, problems), blank(category) ? null : category,
                FormValues.read("line", line, Long::valueOf, problems),
                FormValues.read("counsellor", counsellor, Long::valueOf, problems),
                FormValues.read("urgency", urgency, Urgency::valueOf, problems),
                FormValues.read("channel", channel, Channel::valueOf, problems),
                FormValues.read("direction", direction, Direction::valueOf, problems),
                FormValues.read("gbv", gbv, ListFilters::yesNo, problems), blank(commune) ? null : commune.strip(),
                pageNumber(), ContactQuery.DEFAULT_SIZE);
    }

    /** The page asked for, from 1. */
    public int pageNumber() {
        return page == null || page < 1 ? 1 : page;
    }

    /** The list's address with these filters on another page. */
    public String pageUrl(int number) {
        return UriComponentsBuilder.fromPath(ContactListScreens.PATH)
                .queryParamIfPresent("from", present(from)).queryParamIfPresent("to", present(to))
                .queryParamIfPresent("line", present(line)).queryParamIfPresent("type", present(type))
                .queryParamIfPresent("category", present(category))
                .queryParamIfPresent("counsellor", present(counsellor))
                .queryParamIfPresent("urgency", present(urgency))
                .queryParamIfPresent("channel", present(channel)).queryParamIfPresent("direction", present(direction))
                .queryParamIfPresent("gbv", present(gbv)).queryParamIfPresent("commune", present(commune))
                .queryParam("page", number).encode().build().toUriString();
    }

    /** "true" or "false", as the select sends them; anything else cannot be read. */
    private static Boolean yesNo(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a yes or no");
        };
    }

    private static java.util.Optional<String> present(@Nullable String value) {
        return blank(value) ? java.util.Optional.empty() : java.util.Optional.of(value.strip());
    }

    private static @Nullable LocalDate day(String field, @Nullable String typed, List<FieldProblem> problems) {
        if (blank(typed)) {
            return null;
        }
        var day = FormTimes.parseDate(typed);
        if (day.isEmpty()) {
            problems.add(new FieldProblem(field, "validation.date"));
        }
        return day.orElse(null);
    }
}

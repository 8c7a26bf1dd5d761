package org.anhduong.hotline;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The details of a contact as a counsellor (or a telephony system) gives them, and, inside a saved {@link Contact},
 * as they were stored after checking: defaults filled in, the phone number in E.164, texts in NFC.
 *
 * <p>Only {@code type} is always required. Defaults: channel {@code PHONE}, direction {@code INCOMING}, received now,
 * urgency {@code ROUTINE}, no services, flags false. Data contacts ({@link ContactType#dataContact()}) need at least one
 * category and an outcome. Whether the contact is GBV-related is derived from the categories and never given. Every
 * problem is reported at once, on the field names of this record (e.g. {@code callerPhone}).
 *
 * @param lineId              the hotline line the contact came in on (one of the organisation's lines)
 * @param receivedAt          when the contact started ringing or arrived
 * @param answeredAt          when a counsellor answered; must be empty for a missed call
 * @param endedAt             when it ended; with {@code answeredAt} it gives the duration
 * @param callerPhone         any spelling of a Vietnamese or international number; stored encrypted, found through a
 *                            blind index
 * @param callerPhoneWithheld the caller hid their number; then no number may be given
 * @param callerName          optional, stored encrypted
 * @param concernedSex        the person the contact is about, when that is not the caller
 * @param localityCode        the commune (administrative unit code valid today) where the situation is
 * @param categories          category codes from the tree ({@link Hotline#categories()})
 * @param summary             the counsellor's note, stored encrypted
 * @param doNotCallBack       calling back could put the person at risk (for example the perpetrator controls the phone)
 * @param callBackFrom        start of the safe call-back window, local time in Vietnam; the window may pass midnight
 * @param callBackTo          end of the safe call-back window
 * @param callBackDue         when a scheduled call-back should happen; orders the call-back queue
 * @param caseRequested       the counsellor asks for a case to be opened from this contact
 */
public record ContactDraft(
        @Nullable ContactType type,
        @Nullable Long lineId,
        @Nullable Channel channel,
        @Nullable Direction direction,
        @Nullable Instant receivedAt,
        @Nullable Instant answeredAt,
        @Nullable Instant endedAt,
        @Nullable String callerPhone,
        @Nullable Boolean callerPhoneWithheld,
        @Nullable String callerName,
        @Nullable Relation callerRelation,
        @Nullable Sex callerSex,
        @Nullable AgeGroup callerAgeGroup,
        @Nullable Sex concernedSex,
        @Nullable AgeGroup concernedAgeGroup,
        @Nullable String localityCode,
        @Nullable List<String> categories,
        @Nullable Urgency urgency,
        @Nullable Set<ServiceGiven> services,
        @Nullable Outcome outcome,
        @Nullable String summary,
        @Nullable Boolean doNotCallBack,
        @Nullable LocalTime callBackFrom,
        @Nullable LocalTime callBackTo,
        @Nullable Instant callBackDue,
        @Nullable Boolean caseRequested) {

    public ContactDraft {
        categories = categories == null ? null : List.copyOf(categories);
        services = services == null ? null : inOrder(services);
    }

    /** Enum order, so the JSON lists services the same way every time. */
    private static Set<ServiceGiven> inOrder(Set<ServiceGiven> services) {
        EnumSet<ServiceGiven> ordered = EnumSet.noneOf(ServiceGiven.class);
        ordered.addAll(services);
        return Collections.unmodifiableSet(ordered);
    }

    /** A contact of the given type with every other detail left to its default. */
    public static Builder of(ContactType type) {
        return builder().type(type);
    }

    /** An empty draft to fill in. */
    public static Builder builder() {
        return new Builder();
    }

    /** A copy to change, e.g. {@code draft.toBuilder().summary("…").build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Talk time, from answer to end; empty unless both are known. */
    public @Nullable Duration talkTime() {
        return answeredAt == null || endedAt == null ? null : Duration.between(answeredAt, endedAt);
    }

    /** Never prints the personal fields: drafts end up in logs and exception messages by accident. */
    @Override
    public String toString() {
        return "ContactDraft[type=" + type + ", channel=" + channel + ", lineId=" + lineId + "]";
    }

    /** Builds drafts without counting 25 positional arguments; unset values are null (their default). */
    public static final class Builder {

        private @Nullable ContactType type;
        private @Nullable Long lineId;
        private @Nullable Channel channel;
        private @Nullable Direction direction;
        private @Nullable Instant receivedAt;
        private @Nullable Instant answeredAt;
        private @Nullable Instant endedAt;
        private @Nullable String callerPhone;
        private @Nullable Boolean callerPhoneWithheld;
        private @Nullable String callerName;
        private @Nullable Relation callerRelation;
        private @Nullable Sex callerSex;
        private @Nullable AgeGroup callerAgeGroup;
        private @Nullable Sex concernedSex;
        private @Nullable AgeGroup concernedAgeGroup;
        private @Nullable String localityCode;
        private @Nullable List<String> categories;
        private @Nullable Urgency urgency;
        private @Nullable Set<ServiceGiven> services;
        private @Nullable Outcome outcome;
        private @Nullable String summary;
        private @Nullable Boolean doNotCallBack;
        private @Nullable LocalTime callBackFrom;
        private @Nullable LocalTime callBackTo;
        private @Nullable Instant callBackDue;
        private @Nullable Boolean caseRequested;

        Builder() {
        }

        Builder(ContactDraft d) {
            type = d.type;
            lineId = d.lineId;
            channel = d.channel;
            direction = d.direction;
            receivedAt = d.receivedAt;
            answeredAt = d.answeredAt;
            endedAt = d.endedAt;
            callerPhone = d.callerPhone;
            callerPhoneWithheld = d.callerPhoneWithheld;
            callerName = d.callerName;
            callerRelation = d.callerRelation;
            callerSex = d.callerSex;
            callerAgeGroup = d.callerAgeGroup;
            concernedSex = d.concernedSex;
            concernedAgeGroup = d.concernedAgeGroup;
            localityCode = d.localityCode;
            categories = d.categories;
            urgency = d.urgency;
            services = d.services;
            outcome = d.outcome;
            summary = d.summary;
            doNotCallBack = d.doNotCallBack;
            callBackFrom = d.callBackFrom;
            callBackTo = d.callBackTo;
            callBackDue = d.callBackDue;
            caseRequested = d.caseRequested;
        }

        public Builder type(@Nullable ContactType value) {
            type = value;
            return this;
        }

        public Builder lineId(@Nullable Long value) {
            lineId = value;
            return this;
        }

        public Builder channel(@Nullable Channel value) {
            channel = value;
            return this;
        }

        public Builder direction(@Nullable Direction value) {
            direction = value;
            return this;
        }

        public Builder receivedAt(@Nullable Instant value) {
            receivedAt = value;
            return this;
        }

        public Builder answeredAt(@Nullable Instant value) {
            answeredAt = value;
            return this;
        }

        public Builder endedAt(@Nullable Instant value) {
            endedAt = value;
            return this;
        }

        public Builder callerPhone(@Nullable String value) {
            callerPhone = value;
            return this;
        }

        public Builder callerPhoneWithheld(@Nullable Boolean value) {
            callerPhoneWithheld = value;
            return this;
        }

        public Builder callerName(@Nullable String value) {
            callerName = value;
            return this;
        }

        public Builder callerRelation(@Nullable Relation value) {
            callerRelation = value;
            return this;
        }

        public Builder callerSex(@Nullable Sex value) {
            callerSex = value;
            return this;
        }

        public Builder callerAgeGroup(@Nullable AgeGroup value) {
            callerAgeGroup = value;
            return this;
        }

        public Builder concernedSex(@Nullable Sex value) {
            concernedSex = value;
            return this;
        }

        public Builder concernedAgeGroup(@Nullable AgeGroup value) {
            concernedAgeGroup = value;
            return this;
        }

        public Builder localityCode(@Nullable String value) {
            localityCode = value;
            return this;
        }

        public Builder categories(@Nullable List<String> value) {
            categories = value;
            return this;
        }

        public Builder categories(String... codes) {
            return categories(List.of(codes));
        }

        public Builder urgency(@Nullable Urgency value) {
            urgency = value;
            return this;
        }

        public Builder services(@Nullable Set<ServiceGiven> value) {
            services = value;
            return this;
        }

        public Builder outcome(@Nullable Outcome value) {
            outcome = value;
            return this;
        }

        public Builder summary(@Nullable String value) {
            summary = value;
            return this;
        }

        public Builder doNotCallBack(@Nullable Boolean value) {
            doNotCallBack = value;
            return this;
        }

        public Builder callBackFrom(@Nullable LocalTime value) {
            callBackFrom = value;
            return this;
        }

        public Builder callBackTo(@Nullable LocalTime value) {
            callBackTo = value;
            return this;
        }

        public Builder callBackDue(@Nullable Instant value) {
            callBackDue = value;
            return this;
        }

        public Builder caseRequested(@Nullable Boolean value) {
            caseRequested = value;
            return this;
        }

        public ContactDraft build() {
            return new ContactDraft(type, lineId, channel, direction, receivedAt, answeredAt, endedAt, callerPhone,
                    callerPhoneWithheld, callerName, callerRelation, callerSex, callerAgeGroup, concernedSex,
                    concernedAgeGroup, localityCode, categories, urgency, services, outcome, summary, doNotCallBack,
                    callBackFrom, callBackTo, callBackDue, caseRequested);
        }
    }
}

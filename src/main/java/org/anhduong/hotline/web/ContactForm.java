package org.anhduong.hotline.web;

import org.anhduong.hotline.ContactDraft;
import org.anhduong.platform.text.PhoneNumbers;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A contact as the live-call and contact forms post it, every value kept as typed so a form that fails comes back
 * exactly as it was sent, and so it can be kept as the server-side draft (as JSON) while the call goes on. Names are
 * those of {@link org.anhduong.hotline.ContactDraft}; times are "dd/MM/yyyy HH:mm" (seconds optional) in Vietnam.
 *
 * @param formId    one per call on the live screen: the Idempotency-Key of the save, so a double submit records once
 * @param startedAt when the counsellor started filling in this call (set by the first autosave); the default of the
 *                  received time
 * @param callId    the telephony call taken into this form, if any
 * @param version   the contact's version, when editing a saved contact
 */
public record ContactForm(@Nullable String formId, @Nullable String startedAt, @Nullable String callId,
                          @Nullable Integer version, @Nullable String type, @Nullable String lineId,
                          @Nullable String channel, @Nullable String direction, @Nullable String receivedAt,
                          @Nullable String answeredAt, @Nullable String endedAt, @Nullable String callerPhone,
                          Boolean callerPhoneWithheld, @Nullable String callerName, @Nullable String callerRelation,
                          @Nullable String callerSex, @Nullable String callerAgeGroup, @Nullable String concernedSex,
                          @Nullable String concernedAgeGroup, @Nullable String localityCode,
                          List<String> categories, @Nullable String urgency, List<String> services,
                          @Nullable String outcome, @Nullable String summary, Boolean doNotCallBack,
                          @Nullable String callBackFrom, @Nullable String callBackTo, @Nullable String callBackDue,
                          Boolean caseRequested) {

    /** Spring binds an unticked box and an empty list as null; the form always has a value. */
    @SuppressWarnings("ConstantValue")
    public ContactForm {
        categories = categories == null ? List.of() : List.copyOf(categories);
        services = services == null ? List.of() : List.copyOf(services);
        callerPhoneWithheld = Boolean.TRUE.equals(callerPhoneWithheld);
        doNotCallBack = Boolean.TRUE.equals(doNotCallBack);
        caseRequested = Boolean.TRUE.equals(caseRequested);
    }

    /** A fresh live-call form for the next call, on the given line when there is an obvious one. */
    static ContactForm fresh(String formId, @Nullable String lineId) {
        return new ContactForm(formId, null, null, null, null, lineId, null, null, null, null, null, null, false, null,
                null, null, null, null, null, null, List.of(), null, List.of(), null, null, false, null, null, null,
                false);
    }

    /** A saved contact's details as the contact form shows them. */
    static ContactForm of(ContactDraft d, int version) {
        return new ContactForm(null, null, null, version, name(d.type()), d.lineId() == null ? null : d.lineId().toString(),
                name(d.channel()), name(d.direction()), FormTimes.instant(d.receivedAt()), FormTimes.instant(d.answeredAt()),
                FormTimes.instant(d.endedAt()), shown(d.callerPhone()), Boolean.TRUE.equals(d.callerPhoneWithheld()),
                d.callerName(), name(d.callerRelation()), name(d.callerSex()), name(d.callerAgeGroup()),
                name(d.concernedSex()), name(d.concernedAgeGroup()), d.localityCode(), d.categories(), name(d.urgency()),
                d.services() == null ? List.of() : d.services().stream().map(Enum::name).toList(), name(d.outcome()),
                d.summary(), Boolean.TRUE.equals(d.doNotCallBack()), FormTimes.time(d.callBackFrom()),
                FormTimes.time(d.callBackTo()), FormTimes.instant(d.callBackDue()), Boolean.TRUE.equals(d.caseRequested()));
    }

    /** A stored number as people write it ("0912 345 678"); the form reads it back to E.164 on saving. */
    private static @Nullable String shown(@Nullable String phone) {
        return phone == null ? null : PhoneNumbers.display(phone);
    }

    /** Nothing a counsellor typed: not worth keeping as a draft. */
    boolean blank() {
        return allBlank(type, callerPhone, callerName, callerRelation, callerSex, callerAgeGroup, concernedSex,
                concernedAgeGroup, localityCode, outcome, summary, callBackFrom, callBackTo, callBackDue, callId)
                && categories.isEmpty() && services.isEmpty() && !callerPhoneWithheld() && !doNotCallBack()
                && !caseRequested();
    }

    /** The same form with the started time set, when it has none yet. */
    ContactForm startedAt(String time) {
        return new ContactForm(formId, startedAt == null || startedAt.isBlank() ? time : startedAt, callId, version,
                type, lineId, channel, direction, receivedAt, answeredAt, endedAt, callerPhone, callerPhoneWithheld,
                callerName, callerRelation, callerSex, callerAgeGroup, concernedSex, concernedAgeGroup, localityCode,
                categories, urgency, services, outcome, summary, doNotCallBack, callBackFrom, callBackTo, callBackDue,
                caseRequested);
    }

    /**
     * Only the call itself (line, channel, direction, times, number) as a contact of the given non-data type: the
     * one-click contacts record when and where, not what was typed for the situation. A missed call was never answered.
     */
    ContactForm callOnly(String nonDataType) {
        boolean missed = "MISSED".equals(nonDataType);
        return new ContactForm(formId, startedAt, callId, null, nonDataType, lineId, channel, direction, receivedAt,
                missed ? null : answeredAt, endedAt, callerPhone, callerPhoneWithheld, null, null, null, null, null,
                null, null, List.of(), null, List.of(), null, null, false, null, null, null, false);
    }

    /** The same form for another call: a number, line, direction and times that came from elsewhere (telephony, queue). */
    ContactForm forCall(CallStart call) {
        return new ContactForm(formId, startedAt, call.callId(), version, type, call.lineId(), channel,
                call.direction(), call.receivedAt(), call.answeredAt(), null, shown(call.phone()), call.withheld(), callerName,
                callerRelation, callerSex, callerAgeGroup, concernedSex, concernedAgeGroup, localityCode, categories,
                urgency, services, outcome, summary, doNotCallBack, callBackFrom, callBackTo, callBackDue,
                caseRequested);
    }

    public boolean hasCategory(String code) {
        return categories.contains(code);
    }

    public boolean hasService(String code) {
        return services.contains(code);
    }

    /** Never prints what was typed: forms end up in logs by accident. */
    @Override
    public String toString() {
        return "ContactForm[formId=" + formId + ", type=" + type + "]";
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static boolean allBlank(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a call came from when it was not typed: a telephony call being taken, or a call-back started from the
     * queue. Values are already in the form's text formats.
     */
    record CallStart(@Nullable String callId, @Nullable String lineId, String direction, @Nullable String receivedAt,
                     @Nullable String answeredAt, @Nullable String phone, boolean withheld) {
    }
}

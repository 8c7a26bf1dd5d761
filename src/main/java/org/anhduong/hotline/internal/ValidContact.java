package org.anhduong.hotline.internal;

import org.anhduong.hotline.ContactDraft;

/**
 * Contact details that passed {@link ContactRules}: defaults filled in, phone in E.164, texts in NFC, categories
 * deduplicated; with the flags derived from the categories.
 */
record ValidContact(ContactDraft details, boolean gbvRelated, boolean selfHarm) {
}

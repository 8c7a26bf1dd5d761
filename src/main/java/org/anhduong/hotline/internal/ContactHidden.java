package org.anhduong.hotline.internal;

import org.anhduong.platform.web.NotFoundException;

/**
 * The contact belongs to another organisation: answered exactly like a missing one, so nobody learns it exists. A
 * type of its own so that the transaction that audited the attempt still commits.
 */
final class ContactHidden extends NotFoundException {

    ContactHidden() {
        super("contact");
    }
}

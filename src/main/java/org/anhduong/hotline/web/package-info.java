/**
 * The hotline's REST API under /api/v1, and its screens under /hotline: the live-call form, the contact list and
 * contact page, and the call-back queue.
 */
@NullMarked
package org.anhduong.hotline.web;

import org.jspecify.annotations.NullMarked;

/** The hotline's REST API under /api/v1. */
@NullMarked
package org.anhduong.hotline.web;

import org.jspecify.annotations.NullMarked;

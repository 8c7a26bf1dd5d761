/** The administrators' audit screen and API. */
@NullMarked
package org.anhduong.audit.web;

import org.jspecify.annotations.NullMarked;

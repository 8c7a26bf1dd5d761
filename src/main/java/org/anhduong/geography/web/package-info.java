/** Screens and JSON API of the geography module. View models are public because JTE's generated classes use them. */
@NullMarked
package org.anhduong.geography.web;

import org.jspecify.annotations.NullMarked;

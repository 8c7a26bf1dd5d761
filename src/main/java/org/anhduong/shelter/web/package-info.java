@NullMarked
package org.anhduong.shelter.web;

import org.jspecify.annotations.NullMarked;

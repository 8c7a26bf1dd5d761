@NullMarked
package org.anhduong.casework.web;

import org.jspecify.annotations.NullMarked;

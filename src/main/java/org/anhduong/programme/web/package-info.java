@NullMarked
package org.anhduong.programme.web;

import org.jspecify.annotations.NullMarked;

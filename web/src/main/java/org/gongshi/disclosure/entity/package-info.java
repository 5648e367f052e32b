/** Disclosure records as stored. */
package org.gongshi.disclosure.entity;

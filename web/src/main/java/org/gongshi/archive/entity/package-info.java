/** JPA entities of the case-file archive. Imports nothing from control or boundary. */
package org.gongshi.archive.entity;

/**
 * Agencies, officers with their enforcement certificates, staff users and their roles. Depends only
 * on platform; security, archive and every feature above use it.
 */
package org.gongshi.organisation.entity;

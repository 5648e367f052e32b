/**
 * Plain-Java parts of the portal: query parameters, open-data CSV, Atom feed and sitemap writers.
 */
package org.gongshi.portal.control;

/**
 * The public portal and open data: pages, JSON, CSV, Atom, sitemap and the public index. Reads only
 * its own published copy; uses platform, organisation and search only.
 */
package org.gongshi.portal.boundary;

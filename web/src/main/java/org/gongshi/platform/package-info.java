/** What every feature shares: errors as data, settings, schema migration, the API root. */
package org.gongshi.platform;

/** Users, roles and the server-side checks every service makes (role and agency scope). */
package org.gongshi.security;

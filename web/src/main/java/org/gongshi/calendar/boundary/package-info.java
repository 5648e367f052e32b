/**
 * The Chinese working-day calendar (holidays and 调休) as a service: deadlines, the day's status,
 * loading a year's data.
 */
package org.gongshi.calendar.boundary;

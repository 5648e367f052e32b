/** Remedy records (行政复议, 行政诉讼) as stored; knows nothing of control or boundary. */
package org.gongshi.remedy.entity;

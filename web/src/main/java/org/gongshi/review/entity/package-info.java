/** Review samples and scored case-file reviews as stored; knows nothing of control or boundary. */
package org.gongshi.review.entity;

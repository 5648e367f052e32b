/** Case-file review: sampling and scoring (facade, REST under /api/reviews, the review page). */
package org.gongshi.review.boundary;

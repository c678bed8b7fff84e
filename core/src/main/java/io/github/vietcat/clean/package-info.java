/**
 * Cleaning scraped news pages: finding the article's title, lead, body and byline among the page's
 * navigation, widgets and counters ({@link io.github.vietcat.clean.NewsPageCleaner}).
 */
package io.github.vietcat.clean;

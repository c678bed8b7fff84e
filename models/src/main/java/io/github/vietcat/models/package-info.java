/** What the model builders and evaluations of this module share: reading the data files. */
package io.github.vietcat.models;

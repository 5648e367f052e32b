package org.gongshi.calendar.entity;

import jakarta.persistence.*;
import java.time.Instant;

/** A year of holiday data an administrator loaded (the State Council notice as JSON). */
@Entity
@Table(name = "holiday_year")
@NamedQuery(
    name = LoadedHolidayYear.ALL,
    query = "SELECT y FROM LoadedHolidayYear y ORDER BY y.year")
public class LoadedHolidayYear {
  public static final String ALL = "LoadedHolidayYear.all";

  @Id
  @Column(name = "calendar_year")
  private int year;

  @Column(name = "data", length = 200_000)
  private String data;

  @Column(name = "loaded_at")
  private Instant loadedAt;

  @Column(name = "loaded_by")
  private String loadedBy;

  protected LoadedHolidayYear() {}

  public LoadedHolidayYear(int year, String data, String loadedBy, Instant loadedAt) {
    this.year = year;
    this.data = data;
    this.loadedBy = loadedBy;
    this.loadedAt = loadedAt;
  }

  public void replace(String newData, String by, Instant at) {
    this.data = newData;
    this.loadedBy = by;
    this.loadedAt = at;
  }

  public int getYear() {
    return year;
  }

  public String getData() {
    return data;
  }

  public Instant getLoadedAt() {
    return loadedAt;
  }

  public String getLoadedBy() {
    return loadedBy;
  }
}

package se.qms.examples.bench;

import java.util.List;

/**
 * The quality-system document as plain mutable classes with public fields and no checks: the
 * baseline that {@link JsonBenchmark} compares qms's strict reading with.
 */
public class PlainDocument {
  public String format;
  public int formatVersion;
  public String name;
  public List<Unit> units;
  public List<Duty> responsibilities;
  public List<String> processIndexScale;
  public List<Process> processes;
  public List<Indicator> indicators;
  public List<Observation> observations;
  public List<Reference> references;
  public List<Risk> risks;

  /** An organisational unit. */
  public static class Unit {
    public String id;
    public String name;
    public String kind;
    public String parentId;
  }

  /** A duty. */
  public static class Duty {
    public String phase;
    public String role;
    public String text;
    public String source;
  }

  /** A person reference. */
  public static class Person {
    public String id;
    public String displayName;
  }

  /** A process node. */
  public static class Process {
    public String number;
    public String kind;
    public String title;
    public String description;
    public String category;
    public Person owner;
    public Person leader;
    public List<Cooperation> cooperation;
    public List<Routine> routines;
    public List<Assessment> processIndexAssessments;
    public Target processIndexTarget;
  }

  /** A cooperation. */
  public static class Cooperation {
    public String party;
    public String scope;
    public String how;
  }

  /** A routine. */
  public static class Routine {
    public String title;
    public List<Activity> activities;
  }

  /** An activity. */
  public static class Activity {
    public String description;
    public String responsible;
  }

  /** A ProcessIndex assessment. */
  public static class Assessment {
    public int level;
    public String date;
    public Person assessor;
  }

  /** A ProcessIndex target. */
  public static class Target {
    public int level;
    public String targetDate;
  }

  /** An indicator. */
  public static class Indicator {
    public String id;
    public String title;
    public String titleEn;
    public String unit;
    public String direction;
    public int decimals;
    public String koladaKpi;
    public boolean genderSplit;
    public String process;
    public String unitId;
  }

  /** An observation. */
  public static class Observation {
    public String indicatorId;
    public String unitId;
    public String period;
    public Double total;
    public Double women;
    public Double men;
    public String source;
    public String missingReason;
  }

  /** A reference value. */
  public static class Reference {
    public String indicatorId;
    public String period;
    public String kind;
    public String name;
    public double value;
  }

  /** A risk. */
  public static class Risk {
    public String id;
    public String title;
    public String process;
    public String unitId;
    public String basis;
    public String consequences;
    public String date;
    public String status;
    public List<String> actionIds;
    public List<RiskAssessment> assessments;
  }

  /** A risk assessment. */
  public static class RiskAssessment {
    public String date;
    public List<Rating> ratings;
    public Published published;
  }

  /** One assessor's rating. */
  public static class Rating {
    public Person assessor;
    public int probability;
    public int severity;
  }

  /** A published rating. */
  public static class Published {
    public String probability;
    public String severity;
  }
}

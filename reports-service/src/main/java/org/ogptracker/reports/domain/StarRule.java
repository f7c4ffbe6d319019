package org.ogptracker.reports.domain;

import java.util.ArrayList;
import java.util.List;
import org.ogptracker.platform.codes.EnumCodes;
import org.ogptracker.reports.domain.Scales.Completion;
import org.ogptracker.reports.domain.Scales.PotentialImpact;
import org.ogptracker.reports.domain.Scales.Specificity;

/**
 * OGP's starred commitment, at one stage (progress or end of term): specificity medium or high,
 * relevant to at least one OGP value, potential impact transformative, completion substantial or
 * complete. A stage whose completion was not assessed has no star either way; otherwise a
 * missing design indicator leaves the star undecided, with that indicator's sentinel. The result
 * carries the inputs that decided it.
 */
public final class StarRule {
  private StarRule() {}

  /** The inputs of one stage's star. */
  public record Inputs(Indicator<Specificity> specificity, Indicator<Boolean> relevant,
      Indicator<PotentialImpact> potentialImpact, Indicator<Completion> completion) {}

  /**
   * Starred or not, or undecided with the sentinel that left it so.
   *
   * @param why one line per input, e.g. "specificity high: meets medium or high"
   */
  public record Verdict(Boolean starred, Sentinel undecided, List<String> why) {}

  public static Verdict evaluate(Inputs in) {
    List<String> why = new ArrayList<>();
    if (!in.completion().present()) {
      why.add("completion " + in.completion().missing().code() + ": the stage was not assessed");
      return new Verdict(null, in.completion().missing(), why);
    }
    Sentinel undecided = null;
    boolean all = true;
    for (Indicator<?> i : List.of(in.specificity(), in.relevant(), in.potentialImpact())) {
      if (!i.present() && undecided == null) {
        undecided = i.missing();
      }
    }
    all &= check(why, "specificity", in.specificity(),
        s -> s == Specificity.MEDIUM || s == Specificity.HIGH, "medium or high");
    all &= check(why, "relevance", in.relevant(), Boolean::booleanValue, "at least one OGP value");
    all &= check(why, "potential impact", in.potentialImpact(),
        p -> p == PotentialImpact.TRANSFORMATIVE, "transformative");
    all &= check(why, "completion", in.completion(),
        c -> c == Completion.SUBSTANTIAL || c == Completion.COMPLETE, "substantial or complete");
    if (undecided != null) {
      return new Verdict(null, undecided, why);
    }
    return new Verdict(all, null, why);
  }

  private static <V> boolean check(List<String> why, String name, Indicator<V> i,
      java.util.function.Predicate<V> meets, String needed) {
    if (!i.present()) {
      why.add(name + " " + i.missing().code() + ": needs " + needed);
      return false;
    }
    boolean ok = meets.test(i.value());
    String shown = i.value() instanceof Enum<?> e ? EnumCodes.code(e) : String.valueOf(i.value());
    why.add(name + " " + shown + (ok ? ": meets " : ": does not meet ") + needed);
    return ok;
  }
}

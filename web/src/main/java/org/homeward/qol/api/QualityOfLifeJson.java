package org.homeward.qol.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.homeward.api.EnumParam;
import org.homeward.problem.InvalidInputException;
import org.homeward.qol.entity.LifeAnswer;
import org.homeward.qol.entity.LifeDomain;
import org.homeward.qol.entity.QualityOfLifeCheck;
import org.homeward.qol.entity.Timepoint;

/**
 * A quality-of-life check. {@code answers} is keyed by domain ({@code livingSituation},
 * {@code choiceAndControl}, {@code personalSupport}, {@code respectAndDignity},
 * {@code communityInclusion}, {@code satisfaction}, {@code health}); a rating runs from 1 (very
 * unhappy) to 5 (very happy) and is null, or left out, where the person did not want to answer.
 */
@JsonbPropertyOrder({"id", "version", "askedOn", "timepoint", "askedBy", "howAnswered", "answers"})
public record QualityOfLifeJson(
    Long id,
    Long version,
    LocalDate askedOn,
    @Schema(implementation = Timepoint.class) String timepoint,
    String askedBy,
    String howAnswered,
    Map<String, AnswerJson> answers) {

  public record AnswerJson(Integer rating, String ownWords) {}

  public static QualityOfLifeJson of(QualityOfLifeCheck c) {
    Map<String, AnswerJson> answers = new LinkedHashMap<>();
    c.getAnswers().forEach(a -> answers.put(a.getDomain().field(), new AnswerJson(a.getRating(), a.getOwnWords())));
    return new QualityOfLifeJson(c.getId(), c.getVersion(), c.getAskedOn(), EnumParam.name(c.getTimepoint()), c.getAskedBy(),
        c.getHowAnswered(), answers);
  }

  QualityOfLifeCheck toCheck() {
    QualityOfLifeCheck check = new QualityOfLifeCheck(askedOn, EnumParam.parse(Timepoint.class, timepoint, "timepoint"), askedBy);
    check.setHowAnswered(howAnswered);
    if (answers != null) {
      answers.forEach((field, given) -> {
        LifeDomain domain = LifeDomain.ofField(field)
            .orElseThrow(() -> new InvalidInputException("answers", "{qol.answers.unknownDomain}"));
        LifeAnswer answer = check.answer(domain);
        if (given != null) {
          answer.setRating(given.rating());
          answer.setOwnWords(given.ownWords());
        }
      });
    }
    return check;
  }
}

package io.github.vietcat.genre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The OpenNLP learners of {@link GenreTrainer} ({@link GenreTrainer.Learner#MAXENT}, {@link
 * GenreTrainer.Learner#PERCEPTRON}), kept apart so that OpenNLP, an optional dependency of
 * vietcat-core, is only loaded when one of them is asked for.
 */
final class OpenNlpLearner {

  private OpenNlpLearner() {}

  /**
   * Fails clearly when OpenNLP is missing.
   *
   * @param learner the learner asked for
   * @throws IllegalStateException if opennlp-tools is not on the classpath
   */
  static void requireOnClasspath(GenreTrainer.Learner learner) {
    try {
      Class.forName("opennlp.tools.ml.TrainerFactory", false, OpenNlpLearner.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("The learner " + learner + " needs Apache OpenNLP: add"
          + " org.apache.opennlp:opennlp-tools (an optional dependency of vietcat-core) to the"
          + " classpath, or use the learner LINEAR_SVM", e);
    }
  }

  static void train(GenreTrainer.Parameters parameters, List<String> labels,
      String[] featureNames, int[][] index, float[][] value, int[] classOf, int[] labelCount,
      float[] weights, double[] bias) {
    int numLabels = labels.size();
    int largest = Arrays.stream(labelCount).max().orElse(1);
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < index.length; i++) {
      String[] context = new String[index[i].length + 1];
      float[] values = new float[context.length];
      for (int k = 0; k < index[i].length; k++) {
        context[k] = featureNames[index[i][k]];
        values[k] = value[i][k];
      }
      context[context.length - 1] = GenreTrainer.BIAS;
      values[context.length - 1] = 1f;
      int repeat = parameters.balance() == GenreTrainer.ClassBalance.BALANCED
          ? (int) Math.max(1, Math.round((double) largest / labelCount[classOf[i]])) : 1;
      Event event = new Event(labels.get(classOf[i]), context, values);
      for (int r = 0; r < repeat; r++) {
        events.add(event);
      }
    }
    TrainingParameters tp = new TrainingParameters();
    tp.put(TrainingParameters.ITERATIONS_PARAM, parameters.iterations());
    tp.put(TrainingParameters.CUTOFF_PARAM, 0);
    tp.put(TrainingParameters.THREADS_PARAM, 1);
    tp.put("DataIndexer", "OnePassRealValue");
    if (parameters.learner() == GenreTrainer.Learner.MAXENT) {
      tp.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
      tp.put("L1Cost", 0.0);
      tp.put("L2Cost", parameters.cost());
    } else {
      tp.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    }
    MaxentModel model;
    try {
      EventTrainer trainer = TrainerFactory.getEventTrainer(tp, new HashMap<>());
      model = trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e);
    }
    Object[] data = ((AbstractModel) model).getDataStructures();
    Context[] params = (Context[]) data[0];
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    int[] labelOfOutcome = new int[outcomes.length];
    for (int o = 0; o < outcomes.length; o++) {
      labelOfOutcome[o] = labels.indexOf(outcomes[o]);
    }
    for (int f = 0; f <= featureNames.length; f++) {
      Context context = predicates.get(f == featureNames.length ? GenreTrainer.BIAS : featureNames[f]);
      if (context == null) {
        continue;
      }
      int[] out = context.getOutcomes();
      double[] p = context.getParameters();
      for (int k = 0; k < out.length; k++) {
        int label = labelOfOutcome[out[k]];
        if (f == featureNames.length) {
          bias[label] = p[k];
        } else {
          weights[f * numLabels + label] = (float) p[k];
        }
      }
    }
    if (params.length == 0) {
      throw new IllegalStateException("OpenNLP returned an empty model");
    }
  }

}

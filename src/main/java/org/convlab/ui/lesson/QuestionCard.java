package org.convlab.ui.lesson;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.convlab.lesson.Question;

/** One "predict, then reveal" question as a card: the prompt, an answer control, the verdict and the reveal. */
final class QuestionCard {
    private QuestionCard() { }

    static VBox create(LessonModel model, Question q, int index, LessonModel.Answer answer, double font) {
        LessonText text = new LessonText(font);
        Label caption = new Label("PREDICT, THEN REVEAL");
        caption.getStyleClass().add(ScenePreviewView.CSS_CAPTION);
        VBox card = new VBox(8, caption, text.render(q.prompt()));
        card.getStyleClass().add("lesson-question");
        card.setId("lesson-question-" + index);
        if (q.kind() == Question.Kind.CHOICE) {
            ToggleGroup group = new ToggleGroup();
            VBox choices = new VBox(4);
            for (int c = 0; c < q.choices().size(); c++) {
                String choice = q.choices().get(c);
                RadioButton rb = new RadioButton(choice.contains("$") ? "" : choice);
                if (choice.contains("$")) rb.setGraphic(text.render(choice)); // a small kernel grid or a formula
                rb.setToggleGroup(group);
                rb.setUserData(c);
                if (answer != null && q.choices().get(c).equals(answer.given())) rb.setSelected(true);
                choices.getChildren().add(rb);
            }
            Button check = new Button("Check");
            check.disableProperty().bind(group.selectedToggleProperty().isNull());
            check.setOnAction(e -> model.answerChoice(index, (Integer) group.getSelectedToggle().getUserData()));
            card.getChildren().addAll(choices, check);
        } else {
            TextField field = new TextField(answer == null ? "" : answer.given() == null ? "" : answer.given());
            field.setPromptText("your prediction");
            field.setPrefColumnCount(12);
            field.setId("lesson-answer-" + index);
            Button check = new Button("Check");
            check.setId("lesson-check-" + index);
            check.setOnAction(e -> model.answerNumber(index, field.getText()));
            field.setOnAction(e -> model.answerNumber(index, field.getText()));
            HBox row = new HBox(8, field, new Label(q.unit() == null ? "" : q.unit()), check);
            row.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(row);
        }
        if (answer != null && answer.given() != null) {
            Label verdict = new Label(answer.correct() ? "✓ Right." : "✗ Not quite — think again, or reveal the answer.");
            verdict.getStyleClass().add(answer.correct() ? "lesson-right" : "lesson-wrong");
            card.getChildren().add(verdict);
            int picked = q.choices().indexOf(answer.given());
            String why = answer.correct() ? "" : q.feedbackFor(picked);
            if (!why.isEmpty()) {
                var node = text.render(why);
                node.setId("lesson-choice-feedback-" + index);
                card.getChildren().add(node);
            }
        }
        if (answer != null && (answer.revealed() || answer.correct())) {
            card.getChildren().add(text.render("**Answer: " + q.answerText() + "**\n\n" + q.feedback()));
        } else {
            Button reveal = new Button("Reveal the answer");
            reveal.setId("lesson-reveal-" + index);
            reveal.setOnAction(e -> model.reveal(index));
            card.getChildren().add(reveal);
        }
        return card;
    }
}

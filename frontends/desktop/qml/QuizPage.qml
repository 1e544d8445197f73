import QtQuick
import Cradle.Desktop

// A quiz being taken: its questions one at a time, then the result.
Loader {
    objectName: "quizPage"
    sourceComponent: Viewer.quiz.finished ? result : question
    Component { id: question; QuizQuestion {} }
    Component { id: result; QuizResult {} }
}
